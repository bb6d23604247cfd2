"""The shop's back-office data, shipped with the package so the example runs offline."""

from __future__ import annotations

from typing import Any

PRODUCTS: dict[str, dict[str, Any]] = {
    "P100": {"name": "Aurora Wireless Headphones", "category": "headphones",
             "price_cents": 8999, "rating": 4.6, "stock": 12},
    "P101": {"name": "Breeze Earbuds", "category": "headphones",
             "price_cents": 3999, "rating": 4.1, "stock": 30},
    "P102": {"name": "Studio Pro Headphones", "category": "headphones",
             "price_cents": 14900, "rating": 4.8, "stock": 4},
    "P103": {"name": "Basic Wired Headphones", "category": "headphones",
             "price_cents": 1250, "rating": 3.2, "stock": 50},
    "P200": {"name": "Typhoon Mechanical Keyboard", "category": "keyboards",
             "price_cents": 9900, "rating": 4.7, "stock": 7},
    "P201": {"name": "Slim Office Keyboard", "category": "keyboards",
             "price_cents": 2499, "rating": 3.9, "stock": 25},
    "P202": {"name": "Compact Travel Keyboard", "category": "keyboards",
             "price_cents": 5900, "rating": 4.4, "stock": 0},
    "P300": {"name": "Glide Wireless Mouse", "category": "mice",
             "price_cents": 2999, "rating": 4.5, "stock": 40},
    "P301": {"name": "Precision Gaming Mouse", "category": "mice",
             "price_cents": 4999, "rating": 4.8, "stock": 9},
    "P302": {"name": "Basic Mouse", "category": "mice",
             "price_cents": 999, "rating": 3.5, "stock": 100},
    "P400": {"name": "Vista 27 Monitor", "category": "monitors",
             "price_cents": 24900, "rating": 4.6, "stock": 3},
    "P401": {"name": "Vista 24 Monitor", "category": "monitors",
             "price_cents": 15900, "rating": 4.2, "stock": 8},
    "P500": {"name": "USB-C Cable", "category": "cables",
             "price_cents": 999, "rating": 4.3, "stock": 200},
}

ORDERS: dict[str, dict[str, Any]] = {
    "A1001": {"customer": "c1", "status": "shipped", "items": ["P100"], "total_cents": 8999,
              "carrier": "UPS", "tracking": "1Z999AA10123456784", "date": "2024-05-02"},
    "A1002": {"customer": "c2", "status": "processing", "items": ["P200", "P300"],
              "total_cents": 12899, "date": "2024-05-06"},
    "A1003": {"customer": "c1", "status": "delivered", "items": ["P101"], "total_cents": 3999,
              "date": "2024-04-20"},
    "A1004": {"customer": "c3", "status": "shipped", "items": ["P401"], "total_cents": 15900,
              "carrier": "FedEx", "tracking": "7712 3456 7890", "date": "2024-05-04"},
    "A1005": {"customer": "c2", "status": "delivered", "items": ["P400"], "total_cents": 24900,
              "date": "2024-04-28"},
    "A1006": {"customer": "c3", "status": "cancelled", "items": ["P301"], "total_cents": 4999,
              "date": "2024-05-01"},
}

FAQ: list[dict[str, Any]] = [
    {"keywords": {"hours", "open", "opening", "support", "available"},
     "answer": "Our support team is available Monday to Friday, 9am to 6pm CET."},
    {"keywords": {"deliver", "countries", "canada", "uk", "international", "abroad"},
     "answer": "We deliver to the EU, the UK, Canada and the US."},
    {"keywords": {"warranty", "guarantee", "repair"},
     "answer": "All electronics come with a 2-year warranty."},
    {"keywords": {"payment", "pay", "paypal", "visa", "mastercard", "methods"},
     "answer": "We accept Visa, Mastercard, PayPal and bank transfer."},
    {"keywords": {"gift", "wrap", "wrapping"},
     "answer": "Gift wrapping is available at checkout for $4.99."},
    {"keywords": {"student", "discount", "students"},
     "answer": "Students get 10% off with a valid student email address."},
]
