using System;
using Xunit;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a test. Deriving from <see cref="FactAttribute"/> makes xunit 2.9 discover and run it.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : FactAttribute
    {
    }
}
