"""Documents in the GUI: export (print, sign, share) a case's PDFs, the signing identity, verify."""
