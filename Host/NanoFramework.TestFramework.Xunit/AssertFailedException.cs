using System;

namespace TestFrameworkShared
{
    /// <summary>Thrown by a failing assertion; in the same namespace as the device package declares it.</summary>
    public class AssertFailedException : Exception
    {
        /// <summary>Creates the exception with the assertion's message.</summary>
        public AssertFailedException(string msg)
            : base(msg)
        {
        }
    }
}
