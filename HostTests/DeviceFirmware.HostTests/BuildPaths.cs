using System;
using System.IO;
using System.Reflection;

namespace DeviceFirmware.HostTests
{
    /// <summary>Where the repository and the outputs of the other builds are, seen from the test binaries.</summary>
    public static class BuildPaths
    {
        /// <summary>The folder holding FirmwareHost.slnx, found by walking up from the test binaries.</summary>
        public static string Root { get; } = FindRoot();

        /// <summary>
        /// The configuration these tests were built with (Debug, Release...); the projects they
        /// reference, the contract assemblies included, were built with the same one.
        /// </summary>
        public static string Configuration { get; } =
            typeof(BuildPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        private static string FindRoot()
        {
            for (DirectoryInfo directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "FirmwareHost.slnx")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"FirmwareHost.slnx not found in {AppContext.BaseDirectory} or any parent folder");
        }
    }
}
