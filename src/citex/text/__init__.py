"""Text: bytes to text, cleaning with an offset map back to the source, and the page model."""
