"""Documents as PDF: building, signing and verifying them."""

from app.reports import pyhanko_network

pyhanko_network.install()  # before any module here imports pyHanko
