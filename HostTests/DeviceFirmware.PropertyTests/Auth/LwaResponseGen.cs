using System.Globalization;
using System.Text.Json;
using CsCheck;
using DeviceFirmware.Net;

namespace DeviceFirmware.PropertyTests.Auth
{
    /// <summary>
    /// Generates LWA token requests and responses: statuses of every class (weighted to 200, 400, 401,
    /// 408, 429, 5xx, redirects), transport failures, and bodies that are valid or broken token responses,
    /// RFC 6749 error bodies with known, unknown and odd codes, descriptions that quote the request's
    /// secrets (plainly or JSON-escaped), HTML, empty and truncated text.
    /// </summary>
    public static class LwaResponseGen
    {
        /// <summary>A random token request with its answer.</summary>
        public static readonly Gen<LwaExchange> Exchange = Gen.Select(Gen.Bool, Secret("code-"), Verifier(), Secret("Atzr|"), Secret("Atza|"), Secret("Atzr|new-"))
            .SelectMany(t => Gen.Select(Status(), Gen.OneOf(HttpFailureKind.Timeout, HttpFailureKind.ConnectionFailed, HttpFailureKind.TlsFailed, HttpFailureKind.Other), Body(t.Item2, t.Item3, t.Item4, t.Item5, t.Item6), (status, failure, body) =>
                new LwaExchange(t.Item1, t.Item2, t.Item3, t.Item4, status, failure, body, new[] { t.Item5, t.Item6 })));

        private static Gen<string> Secret(string prefix) =>
            Gen.String[Gen.Char["ABCDEFabcdef0123456789-_.~|"], 16, 90].Select(s => prefix + s);

        private static Gen<string> Verifier() => Gen.String[Gen.Char["ABCXYZabcxyz0123456789-._~"], 43, 128];

        private static Gen<int> Status() => Gen.Frequency(
            (5, Gen.Const(200)),
            (4, Gen.Const(400)),
            (1, Gen.OneOf(401, 403, 404, 408, 429)),
            (2, Gen.Int[500, 599]),
            (1, Gen.OneOf(301, 302, 307)),
            (1, Gen.Int[100, 599]),
            (1, Gen.Const(0)));

        private static Gen<string> Body(string code, string verifier, string refresh, string access, string newRefresh)
        {
            Gen<string> anyToken = Gen.OneOf(access, newRefresh, access + " ", "", "Atza|é", new string('A', 2049), access.Replace("|", "\\u007c"));
            Gen<string> expires = Gen.OneOf("3600", "\"3600\"", "0", "-1", "3600.5", "1e3", "\"\"", "null", "99999999999999999999", "\"36 00\"", "31536001", "true");
            Gen<string> tokenBody = Gen.Select(anyToken, Gen.Frequency((4, Gen.Const((string)null)), (3, anyToken)), expires, Gen.OneOf("bearer", "Bearer", "mac", "", null), Gen.Bool, (a, r, e, type, extra) =>
                "{" + Field("access_token", a) + (r == null ? string.Empty : "," + Field("refresh_token", r)) + ",\"expires_in\":" + e
                + (type == null ? string.Empty : "," + Field("token_type", type)) + (extra ? ",\"scope\":\"dash:replenish\",\"x\":[1,{\"y\":null}]" : string.Empty) + "}");
            Gen<string> quoted = Gen.OneOf(code, verifier, refresh, "before " + refresh + " after", refresh.Replace("|", "\\u007c"), code.Substring(0, code.Length / 2), "The request has an invalid parameter : redirect_uri", "é\\n\\u00e9", new string('d', 600));
            Gen<string> errorBody = Gen.Select(
                Gen.OneOf("invalid_grant", "invalid_client", "unauthorized_client", "invalid_request", "unsupported_grant_type", "invalid_scope", "server_error", "ServerError", "temporarily_unavailable", "INVALID_GRANT", "weird", "", "invalid grant", "\\u0069nvalid_grant", code, refresh),
                Gen.Frequency((1, Gen.Const((string)null)), (3, quoted)),
                (error, description) => "{\"error\":\"" + error + "\"" + (description == null ? string.Empty : ",\"error_description\":\"" + description + "\"") + "}");
            Gen<string> junk = Gen.OneOf("", "<html><body>502 Bad Gateway</body></html>", "{", "[]", "null", "\"text\"", "{\"error\":5}", "{\"error\":null,\"error_description\":7}", "{\"access_token\":\"" + access + "\"", refresh, "{\"error\":\"invalid_grant\",\"error\":\"x\"}");
            Gen<string> any = Gen.Frequency((4, tokenBody), (4, errorBody), (2, junk));
            return Gen.Select(any, Gen.Int[0, 9], Gen.Double[0, 1], (body, cut, where) => cut == 0 ? body.Substring(0, (int)(where * body.Length)) : body);
        }

        private static string Field(string name, string value) => "\"" + name + "\":" + JsonSerializer.Serialize(value).Replace("\\u0027", "'").Replace("\\u002B", "+").Replace("\\u0026", "&");
    }
}
