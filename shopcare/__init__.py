"""ShopCare: customer care for small shops, built on domain events."""

#: The one place the version is written (pyproject reads it from here).
__version__ = "0.1.0"
