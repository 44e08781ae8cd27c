"""The one exception tree. Every message names the thing at fault and the fix.

The CLI translates these once: ``AipgError`` -> exit 1, ``UsageError`` -> exit 2.
"""


class AipgError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1


class UsageError(AipgError):
    """The user asked for something malformed (bad option value, bad query)."""

    exit_code = 2


class DocumentError(AipgError):
    """A document could not be read: binary, empty, undecodable, bad front matter."""


class KnowledgeBaseError(AipgError):
    """The knowledge base data is invalid (message names file and line)."""


class StoreError(AipgError):
    """The store could not be opened, read or written."""


class RecoveryPending(StoreError):
    """The store was interrupted while saving; opening it read-write once finishes the save."""


class StoreUnavailable(StoreError):
    """A server store (Neo4j) is unreachable, refuses credentials, or lacks the database."""


class ReadOnlyViolation(UsageError):
    """A write clause was sent through the read-only query path."""


class UnknownEntity(UsageError):
    """A name given on the command line matches no entity (message lists close candidates)."""


class AnalysisError(AipgError):
    """A metric cannot be computed on this network (message says why and what to use instead)."""


class GoldFileError(AipgError):
    """A gold file is not in the shape SCHEMA.md describes."""


class TriggerError(AipgError):
    """A trigger rule in the language data is malformed (message names the rule id and the fix)."""
