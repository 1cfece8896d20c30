"""One module per Cal.com API area; each class is reached as an attribute of ``AsyncCalcom``."""
