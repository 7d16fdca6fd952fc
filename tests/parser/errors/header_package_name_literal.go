

package 1
