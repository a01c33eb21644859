using System;

namespace DeviceFirmware.Replenishment
{
    /// <summary>The median of a few integer samples (insertion sort: the firmware takes about five).</summary>
    public static class Median
    {
        /// <summary>The median of the first <paramref name="count"/> values; for an even count, the mean of the two middle values rounded down.</summary>
        /// <param name="values">The samples (not changed).</param>
        /// <param name="count">How many of them, 1 or more.</param>
        /// <returns>The median.</returns>
        public static int Of(int[] values, int count)
        {
            return Of(values, count, values == null || count < 1 ? null : new int[count]);
        }

        /// <summary>As <see cref="Of(int[], int)"/>, sorting in a buffer the caller keeps, so that a reading allocates nothing.</summary>
        /// <param name="values">The samples (not changed).</param>
        /// <param name="count">How many of them, 1 or more.</param>
        /// <param name="scratch">At least <paramref name="count"/> elements; its content is overwritten.</param>
        /// <returns>The median.</returns>
        public static int Of(int[] values, int count, int[] scratch)
        {
            if (values == null)
            {
                throw new ArgumentNullException("values");
            }

            if (count < 1 || count > values.Length)
            {
                throw new ArgumentOutOfRangeException("count", "count must be 1.." + values.Length);
            }

            if (scratch == null || scratch.Length < count)
            {
                throw new ArgumentException("the scratch buffer needs " + count + " elements", "scratch");
            }

            int[] sorted = scratch;
            for (int i = 0; i < count; i++)
            {
                int value = values[i];
                int j = i;
                while (j > 0 && sorted[j - 1] > value)
                {
                    sorted[j] = sorted[j - 1];
                    j--;
                }

                sorted[j] = value;
            }

            int middle = count / 2;
            if ((count & 1) == 1)
            {
                return sorted[middle];
            }

            // Mean of the two middle values without overflow, rounded towards minus infinity.
            long sum = (long)sorted[middle - 1] + sorted[middle];
            return (int)(sum >= 0 ? sum / 2 : (sum - 1) / 2);
        }
    }
}
