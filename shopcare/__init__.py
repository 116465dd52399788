"""ShopCare: customer care for small shops, built on domain events."""

__version__ = "0.1.0"
