-- HR can suspend a machine client for a while (its tokens are refused) and resume it, unlike revoking, which is final.
ALTER TABLE api_client ADD COLUMN suspended_at timestamptz;
