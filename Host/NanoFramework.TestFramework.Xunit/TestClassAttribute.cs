using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class holding tests; xunit needs no marker, the device runner does.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
    }
}
