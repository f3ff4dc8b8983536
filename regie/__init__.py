"""Regie: generative AI in a Dutch public organisation, registered, assessed, decided and guarded."""

__version__ = "0.1.0"
