"""calcom-async: async-first Python SDK for the Cal.com API v2."""
