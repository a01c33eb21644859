using System;
using DeviceFirmware.Auth;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Auth
{
    [TestClass]
    public class CodeVerifierTests
    {
        // RFC 7636 Appendix B.
        private static readonly byte[] AppendixBBytes = new byte[]
        {
            116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186,
            22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
        };

        private const string AppendixBVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        private const string AppendixBChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

        [TestMethod]
        public static void Rfc7636AppendixBFromRandomBytes()
        {
            ScriptedRandomSource random = new ScriptedRandomSource(AppendixBBytes);
            CodeVerifier verifier = CodeVerifier.Generate(random, CodeVerifier.DefaultLength);
            Assert.AreEqual(32, random.BytesDrawn);
            Assert.AreEqual(AppendixBVerifier, verifier.Reveal());
            Assert.AreEqual(AppendixBChallenge, verifier.ComputeChallenge(PkceMethod.S256));
        }

        [TestMethod]
        public static void Rfc7636AppendixBFromText()
        {
            CodeVerifier verifier = CodeVerifier.FromText(AppendixBVerifier);
            Assert.AreEqual(AppendixBChallenge, verifier.ComputeChallenge(PkceMethod.S256));
        }

        [TestMethod]
        public static void PlainChallengeIsTheVerifier()
        {
            CodeVerifier verifier = CodeVerifier.FromText(AppendixBVerifier);
            Assert.AreEqual(AppendixBVerifier, verifier.ComputeChallenge(PkceMethod.Plain));
        }

        [TestMethod]
        public static void EveryAllowedLengthGivesThatManyUnreservedCharacters()
        {
            ScriptedRandomSource random = ScriptedRandomSource.Counting(11);
            for (int length = CodeVerifier.MinLength; length <= CodeVerifier.MaxLength; length++)
            {
                string text = CodeVerifier.Generate(random, length).Reveal();
                Assert.AreEqual(length, text.Length);
                for (int i = 0; i < text.Length; i++)
                {
                    Assert.IsTrue(CodeVerifier.IsUnreserved(text[i]), "character at " + i + " of a " + length + "-char verifier");
                }
            }
        }

        [TestMethod]
        public static void UnreservedSetIsExactlyRfc7636()
        {
            int count = 0;
            for (int c = 0; c < 256; c++)
            {
                if (CodeVerifier.IsUnreserved((char)c))
                {
                    count++;
                }
            }

            Assert.AreEqual(66, count);
            Assert.IsTrue(CodeVerifier.IsUnreserved('~'));
            Assert.IsTrue(CodeVerifier.IsUnreserved('.'));
            Assert.IsFalse(CodeVerifier.IsUnreserved('+'));
            Assert.IsFalse(CodeVerifier.IsUnreserved('/'));
            Assert.IsFalse(CodeVerifier.IsUnreserved('='));
        }

        [TestMethod]
        public static void LengthsOutsideRangeAreRejected()
        {
            ScriptedRandomSource random = ScriptedRandomSource.Counting(1);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => CodeVerifier.Generate(random, 42));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => CodeVerifier.Generate(random, 129));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => CodeVerifier.FromText(AppendixBVerifier.Substring(0, 42)));
            Assert.AreEqual(0, random.BytesDrawn);
        }

        [TestMethod]
        public static void BadCharacterIsRejectedByPositionWithoutEchoingTheVerifier()
        {
            string bad = AppendixBVerifier.Substring(0, 20) + "+" + AppendixBVerifier.Substring(21);
            try
            {
                CodeVerifier.FromText(bad);
            }
            catch (ArgumentException e)
            {
                Assert.IsTrue(e.Message.IndexOf("position 20") >= 0, e.Message);
                Assert.IsTrue(e.Message.IndexOf(AppendixBVerifier.Substring(0, 20)) < 0, "message leaks the verifier");
                return;
            }

            Assert.IsTrue(false, "a verifier with '+' was accepted");
        }

        [TestMethod]
        public static void ConstantRandomSourceIsRefused()
        {
            ScriptedRandomSource stuck = new ScriptedRandomSource(new byte[] { 0 });
            Assert.ThrowsException(typeof(InvalidOperationException), () => CodeVerifier.Generate(stuck, 43));
        }

        [TestMethod]
        public static void DifferentRandomBytesGiveDifferentVerifiers()
        {
            string first = CodeVerifier.Generate(ScriptedRandomSource.Counting(0), 43).Reveal();
            string second = CodeVerifier.Generate(ScriptedRandomSource.Counting(1), 43).Reveal();
            Assert.AreNotEqual(first, second);
        }

        [TestMethod]
        public static void WipeForgetsTheVerifier()
        {
            CodeVerifier verifier = CodeVerifier.FromText(AppendixBVerifier);
            verifier.Wipe();
            Assert.IsTrue(verifier.IsWiped);
            Assert.ThrowsException(typeof(InvalidOperationException), () => verifier.Reveal());
            Assert.ThrowsException(typeof(InvalidOperationException), () => verifier.ComputeChallenge(PkceMethod.S256));
            Assert.AreEqual("CodeVerifier(wiped)", verifier.ToString());
        }

        [TestMethod]
        public static void ToStringShowsAFingerprintNotTheVerifier()
        {
            CodeVerifier verifier = CodeVerifier.FromText(AppendixBVerifier);
            string shown = verifier.ToString();
            Assert.IsTrue(shown.IndexOf(AppendixBVerifier) < 0, "ToString leaks the verifier");
            Assert.AreEqual("E9Melhoa", verifier.Fingerprint());
            Assert.IsTrue(shown.IndexOf("E9Melhoa") >= 0, shown);
        }

        [TestMethod]
        public static void MethodWireNames()
        {
            Assert.AreEqual("S256", PkceMethodNames.ToWireName(PkceMethod.S256));
            Assert.AreEqual("plain", PkceMethodNames.ToWireName(PkceMethod.Plain));
            Assert.IsTrue(PkceMethodNames.Parse("plain") == PkceMethod.Plain);
            Assert.ThrowsException(typeof(ArgumentException), () => PkceMethodNames.Parse("s256"));
        }
    }
}
