// Contract of nanoFramework.TestFramework.TestClassAttribute as declared in NuGet nanoFramework.TestFramework 3.0.80
// (nanoframework/nanoFramework.TestFramework source/TestFrameworkShared/TestClassAttribute.cs @ 09405a9a).
using System;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
    }
}
