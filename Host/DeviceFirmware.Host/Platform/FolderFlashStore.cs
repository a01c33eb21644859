using System;
using System.IO;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Host.Platform
{
    /// <summary>
    /// The host's flash: one file per slot in a folder (the simulator's stand-in for LittleFS on I:\).
    /// Slot names follow <see cref="SlotName"/>, so a slot can never reach outside the folder. Failures
    /// come out as <see cref="IOException"/>, as the port says.
    /// </summary>
    public sealed class FolderFlashStore : IFlashStore
    {
        /// <summary>Uses <paramref name="folder"/>, creating it if needed.</summary>
        /// <param name="folder">Folder holding the slot files.</param>
        public FolderFlashStore(string folder)
        {
            if (string.IsNullOrEmpty(folder))
            {
                throw new ArgumentException("folder is required", nameof(folder));
            }

            Folder = Path.GetFullPath(folder);
            Directory.CreateDirectory(Folder);
        }

        /// <summary>Full path of the folder.</summary>
        public string Folder { get; }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            string path = PathOf(name);
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
            catch (UnauthorizedAccessException e)
            {
                throw new IOException(name + " cannot be read", e);
            }
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            ArgumentNullException.ThrowIfNull(data);
            string path = PathOf(name);
            string temp = TempPathOf(name);
            try
            {
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    stream.Write(data, 0, data.Length);
                    stream.Flush(flushToDisk: true);
                }

                // Write-then-rename makes each host write all-or-nothing. DualSlotRecordStore does not
                // rely on it: the device cannot rename over an existing file, and the power-cut tests
                // show the two slots survive torn writes on their own.
                File.Move(temp, path, overwrite: true);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new IOException(name + " cannot be written", e);
            }
        }

        /// <inheritdoc />
        public void Erase(string name)
        {
            string path = PathOf(name);
            try
            {
                File.Delete(path);
                File.Delete(TempPathOf(name));
            }
            catch (UnauthorizedAccessException e)
            {
                throw new IOException(name + " cannot be erased", e);
            }
        }

        private string PathOf(string name)
        {
            SlotName.Check(name);
            return Path.Combine(Folder, name);
        }

        // A leading dot is outside the slot-name rule, so a temporary file never clashes with a slot.
        private string TempPathOf(string name)
        {
            return Path.Combine(Folder, "." + name + ".tmp");
        }
    }
}
