"""Pure PDF rendering for ShopCare: task sheets and the weekly review.

The renderers take plain frozen dataclasses (see :mod:`shopcare.reports.sheets_data`)
and know nothing about the database, the event store or the UI. Import what you use from
its own module: this package imports nothing, so reading the weekly figures or the ISO
weeks the window offers does not load ``reportlab``.
"""
