using System;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>
    /// Inputs for the LWA tests. Every secret contains <see cref="SecretMarker"/>, so one check
    /// proves that no log line or exception message holds any of them, in clear or form-encoded.
    /// </summary>
    public static class LwaTestData
    {
        /// <summary>Text found in every fake secret and in nothing else.</summary>
        public const string SecretMarker = "SECRET";

        /// <summary>The default LWA token endpoint.</summary>
        public const string TokenUrl = "https://api.amazon.com/auth/o2/token";

        /// <summary>A client ID (not secret: it is in the app's authorization URL).</summary>
        public const string ClientId = "amzn1.application-oa2-client.0123456789abcdef";

        /// <summary>An authorization code, with a '|' to exercise the encoding.</summary>
        public const string Code = "SECRETCODE-ab|cd";

        /// <summary>The redirect URI the app used.</summary>
        public const string RedirectUri = "https://app.example.com/lwa/callback";

        /// <summary>A valid PKCE verifier (RFC 7636 characters, '~' included).</summary>
        public const string Verifier = "SECRETVERIFIER~0123456789abcdefghijklmnopqrstu";

        /// <summary>An access token.</summary>
        public const string AccessToken = "Atza|SECRETACCESS-one";

        /// <summary>A second access token.</summary>
        public const string AccessToken2 = "Atza|SECRETACCESS-two";

        /// <summary>A third access token.</summary>
        public const string AccessToken3 = "Atza|SECRETACCESS-three";

        /// <summary>A refresh token.</summary>
        public const string RefreshToken = "Atzr|SECRETREFRESH-one";

        /// <summary>A rotated refresh token.</summary>
        public const string RotatedRefreshToken = "Atzr|SECRETREFRESH-two";

        /// <summary>A token response body; a null refresh token leaves the field out.</summary>
        public static string TokenBody(string accessToken, string refreshToken, string expiresInJson)
        {
            return "{\"access_token\":\"" + accessToken + "\","
                + (refreshToken == null ? string.Empty : "\"refresh_token\":\"" + refreshToken + "\",")
                + "\"token_type\":\"bearer\",\"expires_in\":" + expiresInJson + "}";
        }

        /// <summary>An LWA error body.</summary>
        public static string ErrorBody(string code, string description)
        {
            return "{\"error_description\":\"" + description + "\",\"error\":\"" + code + "\"}";
        }

        /// <summary>Fails if any log line holds a secret.</summary>
        public static void AssertNoSecret(RecordingLog log)
        {
            for (int i = 0; i < log.Count; i++)
            {
                Assert.DoesNotContains(SecretMarker, log[i]);
                Assert.DoesNotContains("Atza|", log[i]);
                Assert.DoesNotContains("Atzr|", log[i]);
            }
        }

        /// <summary>Fails if the message of the exception or of any inner exception holds a secret.</summary>
        public static void AssertNoSecret(Exception e)
        {
            Assert.IsNotNull(e);
            for (Exception current = e; current != null; current = current.InnerException)
            {
                Assert.DoesNotContains(SecretMarker, current.Message);
                Assert.DoesNotContains("Atza|", current.Message);
                Assert.DoesNotContains("Atzr|", current.Message);
            }
        }
    }
}
