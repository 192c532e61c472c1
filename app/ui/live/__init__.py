"""The live meeting tools: network map, scales, meetings, consent, notifications, observations."""

from __future__ import annotations

from app.ui.live.consent_page import ConsentPage
from app.ui.live.meeting_page import MeetingPage
from app.ui.live.network_map_page import NetworkMapPage
from app.ui.live.notification_page import NotificationPage
from app.ui.live.observation_page import ObservationPage
from app.ui.live.scales_page import ScalesPage

# The tab order the case view shows after the stafetlog.
LIVE_PAGES = [
    NetworkMapPage,
    ScalesPage,
    MeetingPage,
    ConsentPage,
    NotificationPage,
    ObservationPage,
]

__all__ = [
    "LIVE_PAGES",
    "ConsentPage",
    "MeetingPage",
    "NetworkMapPage",
    "NotificationPage",
    "ObservationPage",
    "ScalesPage",
]
