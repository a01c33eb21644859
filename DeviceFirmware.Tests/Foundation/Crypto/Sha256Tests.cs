using System;
using DeviceFirmware.Crypto;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Crypto
{
    [TestClass]
    public class Sha256Tests
    {
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf", SHA2 additional examples).
        [TestMethod]
        public static void EmptyMessage()
        {
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex.Of(Sha256.Hash(new byte[0])));
        }

        [TestMethod]
        public static void Abc()
        {
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Of(Sha256.Hash(Hex.Ascii("abc"))));
        }

        [TestMethod]
        public static void Message448Bits()
        {
            byte[] message = Hex.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            Assert.AreEqual(56, message.Length);
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Hex.Of(Sha256.Hash(message)));
        }

        [TestMethod]
        public static void Message896Bits()
        {
            byte[] message = Hex.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
            Assert.AreEqual(112, message.Length);
            Assert.AreEqual("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", Hex.Of(Sha256.Hash(message)));
        }

        [TestMethod]
        public static void MultiBlockMessageOfAThousandA()
        {
            // 1000 bytes = 16 blocks; digest from coreutils sha256sum. The million-'a' FIPS vector runs in the host tests.
            Assert.AreEqual("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3", Hex.Of(Sha256.Hash(Hex.Repeat('a', 1000))));
        }

        [TestMethod]
        public static void AppendInPiecesEqualsOneShot()
        {
            byte[] message = Hex.Ascii("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu");
            string expected = Hex.Of(Sha256.Hash(message));
            for (int split = 0; split <= message.Length; split += 7)
            {
                Sha256 sha = new Sha256();
                sha.Append(message, 0, split);
                sha.Append(message, split, message.Length - split);
                Assert.AreEqual(expected, Hex.Of(sha.Finish()));
            }
        }

        [TestMethod]
        public static void FinishTwiceIsRefused()
        {
            Sha256 sha = new Sha256();
            sha.Finish();
            Assert.ThrowsException(typeof(InvalidOperationException), () => sha.Finish());
        }

        [TestMethod]
        public static void AppendOutsideTheBufferIsRefused()
        {
            Sha256 sha = new Sha256();
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => sha.Append(new byte[4], 2, 3));
        }
    }
}
