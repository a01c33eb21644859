using System;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using DeviceFirmware.Tests.Storage.Support;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.HostTests.Storage
{
    /// <summary>Measures what the vault writes to flash per token refresh (the figures of README "Tokens and flash").</summary>
    public class TokenVaultFlashWearTests
    {
        private static readonly DateTime Now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        private readonly ITestOutputHelper _output;

        public TokenVaultFlashWearTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(400)]
        [InlineData(500)]
        [InlineData(700)]
        [InlineData(2048)]
        public void RefreshWritesNothingUnlessTheRefreshTokenRotates(int refreshLength)
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault vault = new TokenVault(flash, new RecordingLog());
            TokenRecord record = SampleTokens.Typical(refreshLength, 1);
            vault.Store(record, SampleTokens.Access(900, 2), Now.AddHours(1));
            flash.ResetCounters();

            // A day of hourly refreshes that return the same refresh token (or none).
            for (int hour = 1; hour <= 24; hour++)
            {
                vault.Store(record, SampleTokens.Access(900, (uint)(100 + hour)), Now.AddHours(hour + 1));
            }

            Assert.Equal(0, flash.BytesWritten);
            Assert.Equal(0, flash.EraseCount);

            TokenRecord rotated = record.WithRefreshToken(SampleTokens.Refresh(refreshLength, 99));
            vault.Store(rotated, SampleTokens.Access(900, 3), Now.AddHours(26));
            Assert.Equal(1, flash.WriteCount);
            Assert.Equal(TokenRecordCodec.RecordSize(rotated), flash.BytesWritten);
            _output.WriteLine($"refresh token {refreshLength} chars (client id {SampleTokens.ClientId.Length}, endpoint {SampleTokens.Endpoint.Length}): record {TokenRecordCodec.RecordSize(record)} bytes; refresh without rotation writes 0 bytes; with rotation {flash.BytesWritten} bytes in 1 write");
        }

        [Fact]
        public void LargestRecordIs2582Bytes()
        {
            Assert.Equal(2582, TokenRecordCodec.RecordSize(SampleTokens.Largest(1)));
            _output.WriteLine($"largest record (refresh 2048, client id 256, endpoint 256): {TokenRecordCodec.RecordSize(SampleTokens.Largest(1))} bytes");
        }
    }
}
