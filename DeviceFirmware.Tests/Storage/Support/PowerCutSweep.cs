using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.Tests.Storage.Support
{
    /// <summary>
    /// Drives a <see cref="TokenVault"/> over a <see cref="PowerCutFlashStore"/>, cutting the power at
    /// each given position of one operation, then "reboots" (a fresh vault over the same memory) and
    /// checks what loads, that loading wrote nothing, and that a next save still works from that torn
    /// state. Free of test framework calls so the device tests and the host tests share it; failures
    /// are tallied in a <see cref="SweepResult"/>.
    /// </summary>
    public static class PowerCutSweep
    {
        private static readonly TokenRecordCodec Codec = new TokenRecordCodec();

        /// <summary>
        /// Saves <paramref name="fresh"/> over <paramref name="old"/>, which sits in slot A (or B). The
        /// other slot, the one the save overwrites, holds <paramref name="older"/>, or when that is null
        /// the first half of a record numbered above the old one (an earlier torn write). After each cut
        /// a fresh vault must load exactly <paramref name="old"/> or exactly <paramref name="fresh"/>.
        /// <paramref name="later"/> is saved after each reboot to show the vault recovers; all records must differ.
        /// </summary>
        public static SweepResult SaveOverOld(TokenRecord older, TokenRecord old, TokenRecord fresh, TokenRecord later, bool oldInSlotA, TornWriteShape shape, int[] cuts)
        {
            SweepResult result = new SweepResult();
            string oldSlot = oldInSlotA ? "tokens.a" : "tokens.b";
            string otherSlot = oldInSlotA ? "tokens.b" : "tokens.a";
            MemoryFlashStore start = Prepare(older == null ? later : older, old, oldInSlotA);
            if (older == null)
            {
                byte[] torn = RecordFrame.Encode(Codec, 1000, Codec.Encode(later));
                byte[] half = new byte[torn.Length / 2];
                System.Array.Copy(torn, half, half.Length);
                start.Write(otherSlot, half);
            }

            if (!old.SameAs(Decode(oldSlot, start.Read(oldSlot))) || (older != null && !older.SameAs(Decode(otherSlot, start.Read(otherSlot)))))
            {
                result.Fail("setup did not place the old record in " + oldSlot + " and the older one in " + otherSlot);
                return result;
            }

            int units = TokenRecordCodec.RecordSize(fresh);
            for (int c = 0; c < cuts.Length; c++)
            {
                int k = cuts[c];
                string where = "save cut after " + k + " of " + units + " bytes with old in " + oldSlot + " (" + ShapeName(shape) + ")";
                MemoryFlashStore flash = start.Clone();
                TokenVault rebooted;
                TokenRecord loaded = SaveWithCut(flash, shape, fresh, k, result, where, out rebooted);
                result.CountCut();
                if (old.SameAs(loaded))
                {
                    result.CountOld();
                }
                else if (fresh.SameAs(loaded))
                {
                    result.CountNew(k < units);
                }
                else
                {
                    result.Fail(where + ": loaded " + Describe(loaded) + " instead of the old or the new record");
                    continue;
                }

                Recover(rebooted, flash, later, result, where);
            }

            return result;
        }

        /// <summary>
        /// Saves <paramref name="fresh"/> into an empty store (the first save after provisioning):
        /// after each cut a fresh vault must load exactly <paramref name="fresh"/> or nothing.
        /// </summary>
        public static SweepResult FirstSave(TokenRecord fresh, TokenRecord later, TornWriteShape shape, int[] cuts)
        {
            SweepResult result = new SweepResult();
            int units = TokenRecordCodec.RecordSize(fresh);
            for (int c = 0; c < cuts.Length; c++)
            {
                int k = cuts[c];
                string where = "first save cut after " + k + " of " + units + " bytes (" + ShapeName(shape) + ")";
                MemoryFlashStore flash = new MemoryFlashStore();
                TokenVault rebooted;
                TokenRecord loaded = SaveWithCut(flash, shape, fresh, k, result, where, out rebooted);
                result.CountCut();
                if (loaded == null)
                {
                    result.CountNothing();
                }
                else if (fresh.SameAs(loaded))
                {
                    result.CountNew(k < units);
                }
                else
                {
                    result.Fail(where + ": loaded a record that was never saved");
                    continue;
                }

                Recover(rebooted, flash, later, result, where);
            }

            return result;
        }

        /// <summary>
        /// Wipes a vault holding <paramref name="old"/> (in slot A or B) and <paramref name="older"/>
        /// (in the other), cutting the power before, between and after its two erases. After each cut
        /// a fresh vault must load exactly <paramref name="old"/> or nothing, never <paramref name="older"/>;
        /// an uncut wipe must leave nothing and both slots gone.
        /// </summary>
        public static SweepResult Wipe(TokenRecord older, TokenRecord old, TokenRecord later, bool oldInSlotA, TornWriteShape shape)
        {
            SweepResult result = new SweepResult();
            MemoryFlashStore start = Prepare(older, old, oldInSlotA);
            string oldSlot = oldInSlotA ? "tokens.a" : "tokens.b";

            // Two erases: cut before the first (0), between them (1), after the second (2); 3 runs uncut.
            for (int k = 0; k <= 3; k++)
            {
                string where = "wipe cut after " + k + " of 2 erases with old in " + oldSlot;
                MemoryFlashStore flash = start.Clone();
                PowerCutFlashStore cut = new PowerCutFlashStore(flash, shape);
                TokenVault vault = new TokenVault(cut, new RecordingLog());
                vault.Load();
                cut.CutPowerAfter(k);
                bool completed = false;
                try
                {
                    vault.Wipe();
                    completed = true;
                }
                catch (PowerCutException)
                {
                }

                TokenVault rebooted;
                TokenRecord loaded = Reboot(flash, result, where, out rebooted);
                if (!completed)
                {
                    result.CountCut();
                }

                if (loaded == null)
                {
                    result.CountNothing();
                }
                else if (old.SameAs(loaded) && !completed)
                {
                    result.CountOld();
                }
                else
                {
                    result.Fail(where + ": loaded " + Describe(loaded) + " after a wipe");
                    continue;
                }

                if (completed && (flash.Exists("tokens.a") || flash.Exists("tokens.b")))
                {
                    result.Fail(where + ": a slot survived a completed wipe");
                }

                Recover(rebooted, flash, later, result, where);
            }

            return result;
        }

        // Saves through the vault itself, so slot choice and numbering are the real ones: 'old' ends
        // in the chosen slot and 'other' in the other one.
        private static MemoryFlashStore Prepare(TokenRecord other, TokenRecord old, bool oldInSlotA)
        {
            MemoryFlashStore flash = new MemoryFlashStore();
            TokenVault setup = new TokenVault(flash, new RecordingLog());
            if (oldInSlotA)
            {
                setup.Save(old);
            }

            setup.Save(other);
            setup.Save(old);
            return flash;
        }

        private static TokenRecord SaveWithCut(MemoryFlashStore flash, TornWriteShape shape, TokenRecord record, int k, SweepResult result, string where, out TokenVault rebooted)
        {
            PowerCutFlashStore cut = new PowerCutFlashStore(flash, shape);
            TokenVault vault = new TokenVault(cut, new RecordingLog());
            vault.Load();
            cut.CutPowerAfter(k);
            bool completed = false;
            try
            {
                vault.Save(record);
                completed = true;
            }
            catch (PowerCutException)
            {
            }

            TokenRecord loaded = Reboot(flash, result, where, out rebooted);
            if (completed && !record.SameAs(loaded))
            {
                result.Fail(where + ": a save that returned was lost");
            }

            return loaded;
        }

        // Whatever a cut left, the rebooted vault must store the next record and find it after another reboot.
        private static void Recover(TokenVault rebooted, MemoryFlashStore flash, TokenRecord later, SweepResult result, string where)
        {
            rebooted.Save(later);
            if (!later.SameAs(new TokenVault(flash, new RecordingLog()).Load()))
            {
                result.Fail(where + ": the next save after the reboot did not load back");
            }
        }

        // A reboot: a new vault straight over the memory. Loading must never write or erase.
        private static TokenRecord Reboot(MemoryFlashStore flash, SweepResult result, string where, out TokenVault rebooted)
        {
            flash.ResetCounters();
            rebooted = new TokenVault(flash, new RecordingLog());
            TokenRecord loaded = rebooted.Load();
            if (flash.WriteCount != 0 || flash.EraseCount != 0)
            {
                result.Fail(where + ": loading after the reboot wrote or erased flash");
            }

            return loaded;
        }

        private static TokenRecord Decode(string slot, byte[] bytes)
        {
            SlotReading reading = RecordFrame.Inspect(slot, bytes, Codec);
            return reading.State == SlotState.Valid ? Codec.Decode(reading.Payload) : null;
        }

        private static string Describe(TokenRecord record)
        {
            return record == null ? "no record" : "a record of " + TokenRecordCodec.RecordSize(record) + " bytes";
        }

        private static string ShapeName(TornWriteShape shape)
        {
            return shape == TornWriteShape.NewPrefixOnly ? "torn write keeps the new prefix only" : "torn write keeps the new prefix then old bytes";
        }
    }
}
