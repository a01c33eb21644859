namespace DeviceFirmware.Tests.Storage.Support
{
    /// <summary>Lists of power-cut positions (in flash units: written bytes or erases) for a sweep.</summary>
    public static class CutPoints
    {
        /// <summary>Every position from 0 to <paramref name="units"/>: exhaustive.</summary>
        public static int[] Every(int units)
        {
            int[] cuts = new int[units + 1];
            for (int i = 0; i <= units; i++)
            {
                cuts[i] = i;
            }

            return cuts;
        }

        /// <summary>
        /// A sample for a record of <paramref name="units"/> bytes, small enough for nanoCLR on a board:
        /// nothing written, the first byte, a cut inside each header field (magic, version, reserved,
        /// length, sequence), the first payload byte, the middle, inside the CRC, and the complete write.
        /// </summary>
        public static int[] Sampled(int units)
        {
            return new int[] { 0, 1, 4, 5, 7, 10, 12, 13, units / 2, units - 4, units - 2, units - 1, units };
        }
    }
}
