namespace DeviceFirmware.Cloud.Tokens;

/// <summary>The secrets kept at rest, each under its own Data Protection purpose (a ciphertext of one kind never decrypts as another).</summary>
public enum SecretKind
{
    /// <summary>An LWA refresh token.</summary>
    RefreshToken,

    /// <summary>An LWA access token.</summary>
    AccessToken,

    /// <summary>A device's 32-byte HMAC key (as 64 hex digits).</summary>
    DeviceKey,

    /// <summary>A PKCE code verifier of a sign-in in flight.</summary>
    CodeVerifier,
}
