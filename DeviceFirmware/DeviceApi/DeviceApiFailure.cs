namespace DeviceFirmware.DeviceApi
{
    /// <summary>How a device API call failed, as the device acts on it (docs/device-api.md, Errors).</summary>
    public enum DeviceApiFailure
    {
        /// <summary>Try again later with backoff: 5xx, timeout, network or TLS failure, 429 (see <see cref="DeviceApiException.NotBefore"/>), a stale timestamp or replayed nonce that a resync and a second try did not cure, an unexpected status.</summary>
        RetryLater,

        /// <summary>401 unknown_device or bad_signature: the web application does not know this serial or this key. Retry in hours; the maker must fix the key or register the unit.</summary>
        DeviceRejected,

        /// <summary>400 bad_request, 413 too_large or another 4xx: this request is wrong (a firmware bug or a wrong cloud.url); sending it again would fail the same way.</summary>
        Refused,

        /// <summary>200 with a body that is not the documented answer: retry later with backoff.</summary>
        BadResponse,
    }
}
