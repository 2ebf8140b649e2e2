{
    "algorithm": "ed25519",
    "key_id": "demo-jiangning-2026",
    "signature": "dewCODidGlLuwDZYU/oZ0Wr8R3ju9THq37hx83PexZWm4irqr9T9bsekKRvvvpQfR7Do8reQB6HHlc54SQNICA=="
}
