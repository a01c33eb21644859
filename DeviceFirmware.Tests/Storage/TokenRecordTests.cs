using System;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Storage.Support;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Storage
{
    [TestClass]
    public class TokenRecordTests
    {
        [TestMethod]
        public static void KeepsItsFields()
        {
            TokenRecord record = new TokenRecord("Atzr|abc", "client-1", "https://api.amazon.com/auth/o2/token");
            Assert.AreEqual("Atzr|abc", record.RefreshToken);
            Assert.AreEqual("client-1", record.ClientId);
            Assert.AreEqual("https://api.amazon.com/auth/o2/token", record.TokenEndpoint);
        }

        [TestMethod]
        public static void AcceptsEveryFieldAtItsLimit()
        {
            TokenRecord record = SampleTokens.Largest(3);
            Assert.AreEqual(2048, record.RefreshToken.Length);
            Assert.AreEqual(256, record.ClientId.Length);
            Assert.AreEqual(256, record.TokenEndpoint.Length);
        }

        [TestMethod]
        public static void RefusesAFieldOverItsLimitWithoutShowingIt()
        {
            string token = SampleTokens.Refresh(2049, 8);
            ArgumentException error = Catch(token, SampleTokens.ClientId, SampleTokens.Endpoint);
            Assert.Contains("refreshToken is 2049 characters: at most 2048 fit", error.Message);
            Assert.DoesNotContains(token.Substring(5, 20), error.Message);

            Assert.Contains("clientId is 257 characters", Catch("Atzr|x", SampleTokens.Text(257, 1), SampleTokens.Endpoint).Message);
            Assert.Contains("tokenEndpoint is 257 characters", Catch("Atzr|x", SampleTokens.ClientId, SampleTokens.Text(257, 1)).Message);
        }

        [TestMethod]
        public static void RefusesCharactersOutsidePrintableAsciiWithoutShowingThem()
        {
            ArgumentException error = Catch("Atzr|se\ncret", "c", "u");
            Assert.Contains("refreshToken has a character outside printable ASCII at position 7", error.Message);
            Assert.DoesNotContains("Atzr|", error.Message);
            Assert.DoesNotContains("cret", error.Message);

            Assert.Contains("clientId has a character", Catch("Atzr|x", "caf\u00e9", "u").Message);
            Assert.Contains("tokenEndpoint has a character", Catch("Atzr|x", "c", "https://a\tb").Message);
        }

        [TestMethod]
        public static void RefusesMissingAndEmptyFields()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new TokenRecord(null, "c", "u"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new TokenRecord("t", null, "u"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new TokenRecord("t", "c", null));
            Assert.Contains("refreshToken is empty", Catch(string.Empty, "c", "u").Message);
            Assert.Contains("clientId is empty", Catch("t", string.Empty, "u").Message);
            Assert.Contains("tokenEndpoint is empty", Catch("t", "c", string.Empty).Message);
        }

        [TestMethod]
        public static void AcceptsSpacesAndTildeAsRfc6749Vschar()
        {
            TokenRecord record = new TokenRecord(" ~", "c", "u");
            Assert.AreEqual(" ~", record.RefreshToken);
        }

        [TestMethod]
        public static void SameAsComparesEveryField()
        {
            TokenRecord record = new TokenRecord("t", "c", "u");
            Assert.IsTrue(record.SameAs(new TokenRecord("t", "c", "u")));
            Assert.IsFalse(record.SameAs(new TokenRecord("T", "c", "u")));
            Assert.IsFalse(record.SameAs(new TokenRecord("t", "C", "u")));
            Assert.IsFalse(record.SameAs(new TokenRecord("t", "c", "U")));
            Assert.IsFalse(record.SameAs(null));
        }

        [TestMethod]
        public static void BelongsToItsClientAndEndpointOnly()
        {
            TokenRecord record = SampleTokens.Typical(500, 1);
            Assert.IsTrue(record.BelongsTo(SampleTokens.ClientId, SampleTokens.Endpoint));
            Assert.IsFalse(record.BelongsTo(SampleTokens.ClientId, "https://api.amazon.co.uk/auth/o2/token"));
            Assert.IsFalse(record.BelongsTo("amzn1.application-oa2-client.other", SampleTokens.Endpoint));
        }

        [TestMethod]
        public static void WithRefreshTokenKeepsClientAndEndpoint()
        {
            TokenRecord rotated = SampleTokens.Typical(500, 1).WithRefreshToken("Atzr|new");
            Assert.AreEqual("Atzr|new", rotated.RefreshToken);
            Assert.IsTrue(rotated.BelongsTo(SampleTokens.ClientId, SampleTokens.Endpoint));
        }

        private static ArgumentException Catch(string refreshToken, string clientId, string tokenEndpoint)
        {
            try
            {
                new TokenRecord(refreshToken, clientId, tokenEndpoint);
            }
            catch (ArgumentException e)
            {
                return e;
            }

            Assert.IsTrue(false, "TokenRecord accepted an unfit field");
            return null;
        }
    }
}
