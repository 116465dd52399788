"""Start ShopCare: `python main.py` does what `shopcare` does (and the packaged app runs it)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--readmodels-helper"]:  # helper.HELPER_ARG: no Qt, no command line
        from shopcare.readmodels.helper import main as helper_main

        raise SystemExit(helper_main(sys.argv[2:]))
    from shopcare.cli.main import main

    raise SystemExit(main())
