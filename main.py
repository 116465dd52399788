"""Start ShopCare: `python main.py` does what `shopcare` does."""

from shopcare.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
