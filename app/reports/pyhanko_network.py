"""pyHanko's network clients (aiohttp), loaded only when the network is used.

Importing pyHanko's signing imports its aiohttp timestamp client and certificate fetchers,
and with them aiohttp: about a fifth of what `stafet pdf --sign` spends importing, for clients
that only a configured timestamp server (policy or Indstillinger) or fetching revocation data
ever uses. Before pyHanko is first imported (this package's __init__), a stand-in takes each
client module's place. pyHanko only makes instances of these classes; the first one made loads
the real module, and what it gives back is an instance of pyHanko's own class.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

# client module → the package that imports it, and the classes pyHanko takes from it; in the
# order they load (the timestamp client imports from the fetchers' package)
CLIENTS = {
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": (
        "pyhanko_certvalidator.fetchers",
        ("AIOHttpFetcherBackend",),
    ),
    "pyhanko.sign.timestamps.aiohttp_client": ("pyhanko.sign.timestamps", ("HTTPTimeStamper",)),
}


def real(name: str) -> types.ModuleType:
    """pyHanko's own client module; the first use loads every real client in place of the
    stand-ins (they import from each other)."""
    for module in CLIENTS:
        if getattr(sys.modules.get(module), "stafet_stand_in", False):
            del sys.modules[module]
            importlib.import_module(module)
    return importlib.import_module(name)


def _stand_in_class(module: str, name: str) -> type:
    def __new__(cls: type, *args: Any, **kwargs: Any) -> Any:  # noqa: N807, ARG001
        return getattr(real(module), name)(*args, **kwargs)

    return type(name, (), {"__new__": __new__, "__module__": module})


def _stand_in(module: str, names: tuple[str, ...]) -> types.ModuleType:
    stand_in = types.ModuleType(module, "stand-in until the network is used")
    stand_in.stafet_stand_in = True  # type: ignore[attr-defined]
    for name in names:
        setattr(stand_in, name, _stand_in_class(module, name))

    def anything_else(attribute: str) -> Any:  # PEP 562
        if attribute.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(attribute)
        return getattr(real(module), attribute)

    stand_in.__getattr__ = anything_else  # type: ignore[attr-defined]
    return stand_in


def install() -> None:
    """Put the stand-ins in place, unless pyHanko's packages are imported already."""
    for module, (package, names) in CLIENTS.items():
        if module not in sys.modules and package not in sys.modules:
            sys.modules[module] = _stand_in(module, names)
