using System;
using System.Linq;
using CsCheck;
using DeviceFirmware.PropertyTests.Support;
using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;
using Xunit;
using Xunit.Abstractions;

namespace DeviceFirmware.PropertyTests.Storage
{
    /// <summary>
    /// <see cref="TokenVault"/> across random power cuts and damaged flash (README "Tokens and flash"):
    /// after a cut, the next boot loads exactly the last completely saved record or the one being saved,
    /// never a mix and never nothing when something had been saved; on damaged slots, load never throws
    /// and returns null or one of the records that were saved, whole; a save afterwards is what loads next;
    /// no log line holds a refresh token.
    /// </summary>
    public class TokenVaultProperties
    {
        private const string Surface = "token vault";
        private const int DefaultCases = 2500;
        private static readonly string[] Slots = { TokenVault.StoreName + ".a", TokenVault.StoreName + ".b" };
        private readonly ITestOutputHelper _output;

        /// <summary>Creates the test class.</summary>
        /// <param name="output">Where the figures go.</param>
        public TokenVaultProperties(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>Power cuts give the old or the new record; garbage gives null or a whole saved record, never an exception.</summary>
        [Fact]
        public void LoadsTheOldOrTheNewRecordNeverAMixNeverThrows()
        {
            PropertyRun.Check(_output, Surface, DefaultCases, Scenario, Property, s => s.ToString());
        }

        private static readonly Gen<TokenRecord> Record = Gen.Select(
            Gen.String[Gen.Char[' ', '~'], 1, 700],
            Gen.String[Gen.Char["abcdef0123456789.-"], 1, 120],
            Gen.OneOf<string>("https://api.amazon.com/auth/o2/token", "http://127.0.0.1:5000/auth/o2/token", "https://api.amazon.co.uk/auth/o2/token"),
            (token, client, url) => new TokenRecord("Atzr|" + token, "amzn1.application-oa2-client." + client, url));

        private static readonly Gen<VaultScenario> Scenario = Gen.Select(
            Record.Array[0, 3],
            Record,
            Gen.Frequency((1, Gen.Const(-1)), (6, Gen.Int[0, 2000])),
            Gen.OneOf(TornWriteShape.NewPrefixOnly, TornWriteShape.NewPrefixThenOldBytes),
            Gen.Frequency(
                (2, Gen.Const(new (int, int, double, byte)[0])),
                (1, Gen.Select(Gen.Int[0, 1], Gen.Int[0, 3], Gen.Double[0, 1], Gen.Byte).Array[1, 4])),
            (saved, interrupted, cut, shape, damage) => new VaultScenario(saved, interrupted, cut, shape, damage));

        private static void Property(VaultScenario scenario)
        {
            var memory = new MemoryFlashStore();
            var log = new RecordingLog();
            foreach (TokenRecord record in scenario.Saved)
            {
                new TokenVault(memory, log).Save(record);
            }

            var flash = new PowerCutFlashStore(memory, scenario.Shape);
            if (scenario.CutAfter >= 0)
            {
                flash.CutPowerAfter(scenario.CutAfter);
            }

            try
            {
                var vault = new TokenVault(flash, log);
                vault.Load();
                vault.Save(scenario.Interrupted);
            }
            catch (PowerCutException)
            {
                // The power went off mid-save.
            }

            TokenRecord old = scenario.Saved.Length == 0 ? null : scenario.Saved[scenario.Saved.Length - 1];
            bool damaged = Damage(memory, scenario.Damage);
            TokenRecord loaded;
            try
            {
                loaded = new TokenVault(memory, log).Load();
            }
            catch (Exception e)
            {
                throw new PropertyViolationException("load threw " + e.GetType().Name + ": " + e.Message);
            }

            if (!damaged)
            {
                bool isNew = Same(loaded, scenario.Interrupted);
                bool isOld = old == null ? loaded == null : Same(loaded, old);
                PropertyRun.Require(isNew || isOld, "after a power cut the vault loaded neither the old nor the new record (" + What(loaded, scenario) + ")");
                PropertyRun.Require(!flash.PowerIsCut || scenario.CutAfter >= 0, "the power was cut without being armed");
                PropertyRun.Require(flash.PowerIsCut || isNew, "a save that completed did not load (" + What(loaded, scenario) + ")");
            }
            else
            {
                bool known = loaded == null || Same(loaded, scenario.Interrupted) || scenario.Saved.Any(r => Same(loaded, r));
                PropertyRun.Require(known, "on damaged slots the vault loaded a record that was never saved (a mix)");
            }

            // Whatever the slots held, the next save is what the boot after it loads.
            TokenRecord next = new TokenRecord("Atzr|next-" + scenario.Interrupted.RefreshToken.Length, "amzn1.application-oa2-client.next", "https://api.amazon.com/auth/o2/token");
            try
            {
                new TokenVault(memory, log).Save(next);
                PropertyRun.Require(Same(new TokenVault(memory, log).Load(), next), "a save after the cut did not load on the next boot");
            }
            catch (PropertyViolationException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new PropertyViolationException("saving after the cut threw " + e.GetType().Name + ": " + e.Message);
            }

            for (int i = 0; i < log.Count; i++)
            {
                PropertyRun.Require(!scenario.Saved.Concat(new[] { scenario.Interrupted }).Any(r => log[i].Contains(r.RefreshToken, StringComparison.Ordinal)), "a log line holds a refresh token");
            }
        }

        private static bool Damage(MemoryFlashStore memory, (int Slot, int Kind, double Where, byte Value)[] damage)
        {
            bool any = false;
            foreach ((int slot, int kind, double where, byte value) in damage)
            {
                byte[] bytes = memory.Read(Slots[slot]) ?? new byte[0];
                int at = (int)(where * bytes.Length);
                switch (kind)
                {
                    case 0 when at < bytes.Length:
                        bytes[at] ^= (byte)(value | 1);
                        break;
                    case 1:
                        Array.Resize(ref bytes, at);
                        break;
                    case 2:
                        var random = new Random(value + (at * 256));
                        bytes = new byte[(int)(where * 1200)];
                        random.NextBytes(bytes);
                        break;
                    default:
                        Array.Resize(ref bytes, bytes.Length + 1 + (value % 16));
                        break;
                }

                memory.Write(Slots[slot], bytes);
                any = true;
            }

            return any;
        }

        private static bool Same(TokenRecord a, TokenRecord b) => a != null && b != null && a.SameAs(b);

        private static string What(TokenRecord loaded, VaultScenario scenario) =>
            loaded == null ? "nothing" : "a record with a " + loaded.RefreshToken.Length + "-char token, the new one has " + scenario.Interrupted.RefreshToken.Length;
    }
}
