"""Regie: generative AI in a Dutch public organisation, registered, assessed and guarded."""

__version__ = "0.1.0"
