using System;
using System.IO;

namespace DeviceFirmware.ToolchainTests.Toolchain
{
    /// <summary>
    /// Where the real nanoFramework toolchain is (the POSIX nanoCLR, the metadata processor, the real
    /// libraries as compile references and as .pe files), and whether it can be used here.
    /// </summary>
    public sealed class NanoToolchain
    {
        /// <summary>The environment variable naming the toolchain folder.</summary>
        public const string Variable = "NANOFRAMEWORK_TOOLCHAIN";

        private NanoToolchain(string root, string missing)
        {
            Root = root;
            MissingReason = missing;
        }

        /// <summary>The toolchain of this run: <see cref="Variable"/>, or ../shared/nanoframework beside the repository.</summary>
        public static NanoToolchain Current { get; } = Locate();

        /// <summary>The toolchain folder (absolute).</summary>
        public string Root { get; }

        /// <summary>Why the toolchain cannot be used, or null when it can.</summary>
        public string MissingReason { get; }

        /// <summary>True when every part the stage needs is there.</summary>
        public bool IsPresent => MissingReason == null;

        /// <summary>True when the run is CI's (CI=true), where a missing toolchain is a failure, not a skip.</summary>
        public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The folder of the real libraries as compile references.</summary>
        public string RefsFolder => Path.Combine(Root, "refs");

        /// <summary>The folder of the real libraries as nanoCLR loads them.</summary>
        public string PeFolder => Path.Combine(Root, "pe");

        /// <summary>The script that compiles C# against <see cref="RefsFolder"/> and converts the result to .pe.</summary>
        public string CompileScript => Path.Combine(Root, "tools", "nfcompile.py");

        /// <summary>The POSIX nanoCLR executable.</summary>
        public string NanoClr => Path.Combine(Root, "nanoclr", "bin", "nanoFramework.nanoCLR.test");

        /// <summary>The folder of the nanoCLR shared library.</summary>
        public string NanoClrLibraries => Path.Combine(Root, "nanoclr", "lib");

        /// <summary>The compile reference of <paramref name="assembly"/> (a name such as System.Net).</summary>
        public string Reference(string assembly) => Path.Combine(RefsFolder, assembly + ".dll");

        /// <summary>The .pe of <paramref name="assembly"/>.</summary>
        public string Pe(string assembly) => Path.Combine(PeFolder, assembly + ".pe");

        /// <summary>Fails with the reason when the toolchain is missing (a test that runs must have it).</summary>
        public void EnsurePresent()
        {
            if (!IsPresent)
            {
                throw new InvalidOperationException(
                    $"the real nanoFramework toolchain is required here (CI=true) but {MissingReason}");
            }
        }

        private static NanoToolchain Locate()
        {
            string configured = Environment.GetEnvironmentVariable(Variable);
            string root = string.IsNullOrEmpty(configured)
                ? Path.GetFullPath(Path.Combine(DeviceFirmware.HostTests.BuildPaths.Root, "..", "shared", "nanoframework"))
                : Path.GetFullPath(configured);
            string source = string.IsNullOrEmpty(configured) ? "the default location" : Variable;
            NanoToolchain probe = new NanoToolchain(root, null);
            string missing = null;
            if (!Directory.Exists(root))
            {
                missing = $"the toolchain folder {root} ({source}) does not exist; set {Variable} to the folder holding the nanoFramework toolchain";
            }
            else if (!OperatingSystem.IsLinux() || !Environment.Is64BitOperatingSystem)
            {
                missing = "the toolchain's nanoCLR is built for Linux x86-64 only";
            }
            else
            {
                foreach (string part in new[] { probe.CompileScript, probe.NanoClr, probe.Reference("mscorlib"), probe.Pe("mscorlib") })
                {
                    if (!File.Exists(part))
                    {
                        missing = $"{part} is missing from the toolchain folder {root} ({source})";
                        break;
                    }
                }
            }

            if (missing == null && FindOnPath("python3") == null)
            {
                missing = "python3 (which runs the toolchain's compile script) is not on PATH";
            }

            return new NanoToolchain(root, missing);
        }

        private static string FindOnPath(string program)
        {
            foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                if (folder.Length > 0 && File.Exists(Path.Combine(folder, program)))
                {
                    return Path.Combine(folder, program);
                }
            }

            return null;
        }
    }
}
