using System.Collections;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>The collection assertions of nanoFramework.TestFramework 3.0.x: element by element, in order, by Equals.</summary>
    public sealed class CollectionAssert
    {
        /// <summary>Fails unless both collections hold equal elements in the same order.</summary>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            if (!SameElements(expected, actual))
            {
                throw new AssertFailedException("CollectionAssert.AreEqual failed. " + message);
            }
        }

        private static bool SameElements(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return true;
            }

            if (expected == null || actual == null || expected.Count != actual.Count)
            {
                return false;
            }

            IEnumerator left = expected.GetEnumerator();
            IEnumerator right = actual.GetEnumerator();
            while (left.MoveNext() && right.MoveNext())
            {
                if (!Equals(left.Current, right.Current))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
