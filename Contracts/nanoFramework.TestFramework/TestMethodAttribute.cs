// Contract of nanoFramework.TestFramework.TestMethodAttribute as declared in NuGet nanoFramework.TestFramework 3.0.80
// (nanoframework/nanoFramework.TestFramework source/TestFrameworkShared/TestMethodAttribute.cs @ 612ead30).
using System;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }
}
