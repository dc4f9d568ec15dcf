"""LinkedIn: the member's own posts through the company's registered LinkedIn app."""
