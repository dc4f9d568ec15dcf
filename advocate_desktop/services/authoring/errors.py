"""What the authoring service raises instead of printing or exiting.

Every error carries a sentence for people (``str(error)``).  The command line maps
:class:`AuthoringError` to exit status 2 ("bad usage or unreadable input"), and
:class:`LintFailed` to 1 ("the content has problems").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advocate_desktop.services.authoring.results import Problem


class AuthoringError(Exception):
    """Input the service cannot work with: a missing folder, a bad option, a key it
    cannot read.  Nothing was written."""


class BadInput(AuthoringError):
    """A path, option or document that is missing, unreadable or malformed."""


class PostTooLarge(BadInput):
    """A post longer than the check accepts; refused unread."""


class KeyProblem(AuthoringError):
    """A signing key that cannot be created, found, read or unlocked."""


class KeyExists(KeyProblem):
    """keygen never overwrites a key (file or keyring entry)."""


class PassphraseNeeded(KeyProblem):
    """The key file is encrypted and no passphrase was given."""


class WrongPassphrase(KeyProblem):
    """The passphrase does not unlock the key file."""


class KeyringUnavailable(KeyProblem):
    """No working OS keyring (or it refused): the key is not stored anywhere else."""


class ServeError(AuthoringError):
    """The preview server cannot listen (not a loopback address, port taken)."""


class LintFailed(AuthoringError):
    """build refused a folder with lint errors; ``problems`` lists the errors."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(f"{len(problems)} lint error(s); not built")
        self.problems = problems
