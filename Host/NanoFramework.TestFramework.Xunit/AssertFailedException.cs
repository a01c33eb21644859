using System;

namespace TestFrameworkShared
{
    /// <summary>
    /// Thrown by a failing assertion; in the same namespace as the device package declares it. Internal: the device
    /// tests never name it, so the contract (Contracts/nanoFramework.TestFramework) does not declare it either.
    /// </summary>
    internal class AssertFailedException : Exception
    {
        /// <summary>Creates the exception with the assertion's message.</summary>
        public AssertFailedException(string msg)
            : base(msg)
        {
        }
    }
}
