using System;
using System.IO;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Esp32
{
    /// <summary>
    /// Record slots as files on the ESP32's internal flash drive I:\ (LittleFS), one file per slot.
    /// A write truncates the file and writes the record in one call: a power cut can leave the file
    /// empty or holding a prefix of the record, which <see cref="DualSlotRecordStore"/> tolerates.
    /// nanoFramework's File.Move refuses an existing target, so nothing here relies on a rename.
    /// </summary>
    public sealed class FileFlashStore : IFlashStore
    {
        /// <summary>The internal flash drive.</summary>
        public const string InternalDrive = "I:\\";

        private readonly string _folder;

        /// <summary>Keeps slots in the root of the internal flash drive.</summary>
        public FileFlashStore()
            : this(InternalDrive)
        {
        }

        /// <summary>Keeps slots in <paramref name="folder"/> (an existing folder, ending in a backslash).</summary>
        /// <param name="folder">Folder path, for example "I:\\".</param>
        public FileFlashStore(string folder)
        {
            if (folder == null || folder.Length == 0 || folder[folder.Length - 1] != '\\')
            {
                throw new ArgumentException("folder must be a path ending in a backslash", "folder");
            }

            _folder = folder;
        }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            string path = PathOf(name);
            try
            {
                if (!File.Exists(path))
                {
                    return null;
                }

                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    byte[] data = new byte[(int)stream.Length];
                    int filled = 0;
                    while (filled < data.Length)
                    {
                        int read = stream.Read(data, filled, data.Length - filled);
                        if (read <= 0)
                        {
                            throw new IOException(name + " ended before its length");
                        }

                        filled += read;
                    }

                    return data;
                }
            }
            catch (IOException)
            {
                throw;
            }
            catch (OutOfMemoryException)
            {
                // Not a property of the slot: an unreadable slot is ignored at load, a full heap must not be.
                throw;
            }
            catch (Exception e)
            {
                throw new IOException(name + " cannot be read", e);
            }
        }

        /// <inheritdoc />
        public void Write(string name, byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            string path = PathOf(name);
            try
            {
                // Not File.WriteAllBytes: some versions leave the stream of their File.Create open.
                using (FileStream stream = new FileStream(path, FileMode.Create, FileAccess.Write))
                {
                    stream.Write(data, 0, data.Length);
                    stream.Flush();
                }
            }
            catch (IOException)
            {
                throw;
            }
            catch (Exception e)
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
                // File.Delete of a missing file is a no-op on nanoFramework; the Exists check keeps that true on every version.
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new IOException(name + " cannot be erased", e);
            }
        }

        private string PathOf(string name)
        {
            SlotName.Check(name);
            return _folder + name;
        }
    }
}
