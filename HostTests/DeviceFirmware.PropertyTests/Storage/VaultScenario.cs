using DeviceFirmware.Storage;
using DeviceFirmware.Tests.Fakes;

namespace DeviceFirmware.PropertyTests.Storage
{
    /// <summary>
    /// One token-vault history: records saved to completion, then one more save that the power may cut
    /// after a number of flash units (bytes or erases) in a torn-write shape, then bytes of the two slots
    /// possibly damaged (flipped, cut short, replaced by garbage) before the next boot loads.
    /// </summary>
    public sealed class VaultScenario
    {
        /// <summary>Creates the scenario.</summary>
        /// <param name="saved">Records saved to completion, in order (possibly none).</param>
        /// <param name="interrupted">The record whose save the power may cut.</param>
        /// <param name="cutAfter">Flash units that land before the cut; -1 for no cut.</param>
        /// <param name="shape">What a torn write leaves.</param>
        /// <param name="damage">Damage to the slots after the cut: (slot 0 or 1, kind, position fraction, byte).</param>
        public VaultScenario(TokenRecord[] saved, TokenRecord interrupted, int cutAfter, TornWriteShape shape, (int Slot, int Kind, double Where, byte Value)[] damage)
        {
            Saved = saved;
            Interrupted = interrupted;
            CutAfter = cutAfter;
            Shape = shape;
            Damage = damage;
        }

        /// <summary>Records saved to completion, in order.</summary>
        public TokenRecord[] Saved { get; }

        /// <summary>The record whose save the power may cut.</summary>
        public TokenRecord Interrupted { get; }

        /// <summary>Flash units that land before the cut; -1 for no cut.</summary>
        public int CutAfter { get; }

        /// <summary>What a torn write leaves.</summary>
        public TornWriteShape Shape { get; }

        /// <summary>Damage to the slots after the cut.</summary>
        public (int Slot, int Kind, double Where, byte Value)[] Damage { get; }

        /// <summary>A description without any token.</summary>
        /// <returns>The description.</returns>
        public override string ToString() =>
            Saved.Length + " records saved, then a save of " + Interrupted.RefreshToken.Length + "-char token cut after " + CutAfter + " units (" + Shape + "), "
            + Damage.Length + " damages: " + string.Join(" ", System.Array.ConvertAll(Damage, d => "slot" + d.Slot + "/kind" + d.Kind + "@" + d.Where.ToString("0.000") + "=" + d.Value));
    }
}
