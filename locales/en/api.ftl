# The JSON API's error messages; the error's code beside them stays English. English answers
# keep the detailed message; these are what other languages read.
api-error = { $code ->
        [bad_request] The request is not valid.
        [invalid] Some fields are not valid: see each field's message.
        [unauthorized] Send a valid API token.
        [forbidden] Your co-op may not do this.
        [not_found] Not found.
        [conflict] This is not possible in the current state.
        [unsupported_media_type] Send the body as JSON.
        [payload_too_large] The request body is larger than the limit.
       *[internal] Something went wrong on our side; it has been logged.
    }
api-no-endpoint = no such API endpoint
api-token-missing = send 'Authorization: Bearer <token>' with a co-op's API token
api-token-unknown = the API token is unknown or has been revoked
api-listing-not-yours = this listing belongs to another co-op
