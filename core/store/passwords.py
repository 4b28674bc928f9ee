"""A server's password in the system's own keyring (Windows Credential Manager, macOS Keychain, the desktop's
Secret Service on Linux), never in Klantbehoud's settings. A PC without a usable keyring simply has none: the
password is then asked each time (or libpq's own PGPASSWORD / .pgpass is used)."""

from __future__ import annotations

from core.store.pgdb import ServerAddress

SERVICE = "Klantbehoud"


def stored_password(address: ServerAddress) -> str | None:
    """The password kept for ``address``, or None (none kept, or no keyring on this PC)."""
    try:
        import keyring

        return keyring.get_password(SERVICE, address.keyring_name)
    except Exception:  # noqa: BLE001 - any keyring back end's failure means "no password kept"
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` for ``address`` in the keyring; False when this PC has no keyring to keep it in."""
    try:
        import keyring

        keyring.set_password(SERVICE, address.keyring_name, password)
        return True
    except Exception:  # noqa: BLE001 - no keyring (a bare Linux desktop): the owner types it next time
        return False


def forget_password(address: ServerAddress) -> None:
    """Remove a kept password (it was refused by the server)."""
    try:
        import keyring

        keyring.delete_password(SERVICE, address.keyring_name)
    except Exception:  # noqa: BLE001 - nothing kept, or no keyring
        pass
