// Sparse feature vectors shared by the hashed featurizer and the linear models.

export interface SparseVector {
  /** Feature slots, strictly increasing, no duplicates. */
  idx: Int32Array;
  val: Float32Array;
}
