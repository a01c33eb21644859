// Contract of TestFrameworkShared.AssertFailedException as declared in NuGet nanoFramework.TestFramework 3.0.80
// (nanoframework/nanoFramework.TestFramework source/TestFrameworkShared/AssertFailedException.cs @ 26ba7c03).
// Note the namespace: TestFrameworkShared, not nanoFramework.TestFramework.
using System;

namespace TestFrameworkShared
{
    public class AssertFailedException : Exception
    {
        public AssertFailedException(string msg) { throw null; }
    }
}
