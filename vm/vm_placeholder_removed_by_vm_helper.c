/* vm/: the VM helper replaces this file with the real stage. */
typedef int vm_empty_translation_unit;
