// Contract of nanoFramework.TestFramework.CollectionAssert as declared in NuGet nanoFramework.TestFramework 3.0.80
// (nanoframework/nanoFramework.TestFramework source/TestFramework/CollectionAssert.cs @ 38dda7cc).
using System.Collections;

namespace nanoFramework.TestFramework
{
    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") { throw null; }
    }
}
