using System;
using System.IO;
using DeviceFirmware.Host.Platform;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using Xunit;

namespace DeviceFirmware.HostTests.Storage
{
    /// <summary>The host flash adapter on a real temporary folder.</summary>
    public sealed class FolderFlashStoreTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "df-flash-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        [Fact]
        public void CreatesTheFolderAndReadsAbsentSlotsAsNull()
        {
            FolderFlashStore store = new FolderFlashStore(_folder);
            Assert.True(Directory.Exists(_folder));
            Assert.Null(store.Read("tokens.a"));
        }

        [Fact]
        public void WriteReplacesTheWholeContent()
        {
            FolderFlashStore store = new FolderFlashStore(_folder);
            store.Write("tokens.a", new byte[] { 1, 2, 3, 4, 5 });
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, store.Read("tokens.a"));

            store.Write("tokens.a", new byte[] { 9 });
            Assert.Equal(new byte[] { 9 }, store.Read("tokens.a"));
            Assert.Equal(new byte[] { 9 }, File.ReadAllBytes(Path.Combine(_folder, "tokens.a")));

            store.Write("tokens.a", new byte[0]);
            Assert.Equal(new byte[0], store.Read("tokens.a"));
        }

        [Fact]
        public void WriteLeavesNoTemporaryFileAndKeepsNoReferenceToTheCallersBuffer()
        {
            FolderFlashStore store = new FolderFlashStore(_folder);
            byte[] data = { 1, 2, 3 };
            store.Write("tokens.b", data);
            data[0] = 7;

            Assert.Equal(new byte[] { 1, 2, 3 }, store.Read("tokens.b"));
            Assert.Equal(new[] { "tokens.b" }, Array.ConvertAll(Directory.GetFiles(_folder), Path.GetFileName));
        }

        [Fact]
        public void EraseRemovesTheSlotAndIgnoresAnAbsentOne()
        {
            FolderFlashStore store = new FolderFlashStore(_folder);
            store.Write("tokens.a", new byte[] { 1 });
            File.WriteAllBytes(Path.Combine(_folder, ".tokens.a.tmp"), new byte[] { 2 });

            store.Erase("tokens.a");
            store.Erase("tokens.a");
            store.Erase("never.a");

            Assert.Null(store.Read("tokens.a"));
            Assert.Empty(Directory.GetFiles(_folder));
        }

        [Fact]
        public void SlotNamesCannotLeaveTheFolder()
        {
            FolderFlashStore store = new FolderFlashStore(_folder);
            Assert.Throws<ArgumentException>(() => store.Read("../escape"));
            Assert.Throws<ArgumentException>(() => store.Write("/etc/passwd", new byte[1]));
            Assert.Throws<ArgumentException>(() => store.Erase("..\\x"));
            Assert.Throws<ArgumentException>(() => store.Read(".tokens.a.tmp"));
        }

        [Fact]
        public void VaultOverTheFolderSurvivesRestartsAndWipes()
        {
            TokenRecord first = SampleTokens.Typical(500, 1);
            TokenRecord second = SampleTokens.Typical(500, 2);
            new TokenVault(new FolderFlashStore(_folder), new RecordingLog()).Store(first, "Atza|a", DateTime.UtcNow);
            Assert.True(first.SameAs(new TokenVault(new FolderFlashStore(_folder), new RecordingLog()).Load()));

            TokenVault vault = new TokenVault(new FolderFlashStore(_folder), new RecordingLog());
            vault.Store(second, "Atza|b", DateTime.UtcNow);
            Assert.True(File.Exists(Path.Combine(_folder, "tokens.a")));
            Assert.True(File.Exists(Path.Combine(_folder, "tokens.b")));
            Assert.True(second.SameAs(new TokenVault(new FolderFlashStore(_folder), new RecordingLog()).Load()));

            vault.Wipe();
            Assert.Empty(Directory.GetFiles(_folder));
            Assert.Null(new TokenVault(new FolderFlashStore(_folder), new RecordingLog()).Load());
        }

        [Fact]
        public void TornSlotFileOnDiskFallsBackToTheOtherSlot()
        {
            TokenRecord first = SampleTokens.Typical(500, 1);
            TokenVault vault = new TokenVault(new FolderFlashStore(_folder), new RecordingLog());
            vault.Save(first);
            vault.Save(SampleTokens.Typical(500, 2));
            string newer = Path.Combine(_folder, "tokens.b");
            File.WriteAllBytes(newer, File.ReadAllBytes(newer)[..300]);

            Assert.True(first.SameAs(new TokenVault(new FolderFlashStore(_folder), new RecordingLog()).Load()));
            Assert.Equal(300, new FileInfo(newer).Length);
        }
    }
}
